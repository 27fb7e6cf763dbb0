package org.leadline.logic.documents;

import java.time.LocalDate;
import org.leadline.model.DocumentType;

/**
 * The fields of a document as an officer typed them or as a zone gave them, before validation.
 * Blank strings count as absent; {@link DocumentService} validates and normalises them.
 */
public record DocumentFields(
        DocumentType type,
        String issuingCountry,
        String number,
        String surname,
        String givenNames,
        String nationality,
        LocalDate birthDate,
        String sex,
        LocalDate expiryDate) {
}
