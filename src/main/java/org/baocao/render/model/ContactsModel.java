package org.baocao.render.model;

import org.baocao.config.Contacts;

/**
 * The organisation's contacts in one language, as the templates see them ({@code contacts}: the site's footer, the
 * print edition's back cover). A field is null when site.yaml does not give it.
 *
 * @param website      the address as a link target
 * @param websiteLabel the address without "https://" and a trailing "/", as printed
 */
public record ContactsModel(boolean isEmpty, String address, String phone, String email, String website, String websiteLabel) {

    public static ContactsModel of(Contacts contacts, String language) {
        return new ContactsModel(contacts.isEmpty(), contacts.address().map(a -> a.in(language)).orElse(null),
                contacts.phone().orElse(null), contacts.email().orElse(null), contacts.website().orElse(null),
                contacts.website().map(w -> w.replaceFirst("^https?://", "").replaceFirst("/$", "")).orElse(null));
    }
}
