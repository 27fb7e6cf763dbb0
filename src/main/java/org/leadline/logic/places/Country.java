package org.leadline.logic.places;

import java.util.List;

/** An ISO 3166-1 country with its names in English, French, Italian and Arabic and the aliases adverts use. */
public record Country(String alpha2, String alpha3, String numeric, String english, String french, String italian,
                      String arabic, List<String> aliases) {

    public Country {
        aliases = List.copyOf(aliases);
    }

    /** The emoji flag: the two regional indicator letters of the alpha-2 code. */
    public String flag() {
        return new String(Character.toChars(0x1F1E6 + alpha2.charAt(0) - 'A'))
                + new String(Character.toChars(0x1F1E6 + alpha2.charAt(1) - 'A'));
    }
}
