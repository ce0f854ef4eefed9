package org.baocao.config;

import java.util.Optional;
import org.baocao.i18n.LocalizedText;

/**
 * The organisation's contacts from the {@code organization:} block of site.yaml, each optional: the site's footer
 * and the print edition's back cover show those given.
 *
 * @param website an http:// or https:// address
 */
public record Contacts(Optional<LocalizedText> address, Optional<String> phone, Optional<String> email,
                       Optional<String> website) {

    public static final Contacts NONE = new Contacts(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public boolean isEmpty() {
        return address.isEmpty() && phone.isEmpty() && email.isEmpty() && website.isEmpty();
    }
}
