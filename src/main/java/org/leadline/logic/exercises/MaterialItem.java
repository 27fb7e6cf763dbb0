package org.leadline.logic.exercises;

import java.util.List;

/**
 * One piece of generated exercise material: the post's text as a trainee would paste it, the image drawn from it
 * (a screenshot, a profile, a document's data page) and the answers it holds. A face-image answer names no value
 * here: it is the SHA-256 of {@code image}, known once the image is drawn.
 *
 * @param kind     "advert", "profile" or "document"
 * @param language "en", "fr" or "ar"
 * @param faceImage whether the image shows a face to check
 */
public record MaterialItem(String kind, String language, String platform, String text, String sourceUrl, byte[] image,
                           List<Answer> answers, boolean faceImage) {
}
