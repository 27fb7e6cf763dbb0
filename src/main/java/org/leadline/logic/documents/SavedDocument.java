package org.leadline.logic.documents;

import org.leadline.logic.leads.AddedLead;
import org.leadline.model.TravelDocument;

/** A document record as stored, and the document lead it yielded (null when an edit left the lead as it was). */
public record SavedDocument(TravelDocument document, AddedLead lead) {
}
