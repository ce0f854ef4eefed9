package org.baocao.i18n;

import java.util.Locale;

/** A language of the site: its code in URLs and YAML keys ("vi"), its locale for numbers and dates, its own name. */
public record Language(String code, Locale locale, String name) {}
