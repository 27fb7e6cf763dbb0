package org.leadline.logic.selectors;

/**
 * What libphonenumber says about a phone selector.
 *
 * @param region   ISO 3166 alpha-2 region of the number; when the number is not valid, the main region of its country code
 * @param valid    whether libphonenumber considers the number valid
 * @param lineType libphonenumber's line type in lower case (mobile, fixed_line, fixed_line_or_mobile, voip, unknown, ...)
 */
public record PhoneDetails(String region, boolean valid, String lineType) {
}
