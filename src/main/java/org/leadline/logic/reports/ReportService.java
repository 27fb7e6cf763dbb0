package org.leadline.logic.reports;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.leadline.logic.tasks.CancelledException;
import org.leadline.logic.tasks.Progress;
import org.leadline.logic.workspace.AtomicFiles;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.LeadKind;
import org.leadline.persistence.OfficerRepository;
import org.leadline.persistence.PictureRepository;
import org.leadline.persistence.ReportRepository;

/**
 * Writes an operation's report, the one way the command line and the window both use: the content is gathered once,
 * rendered in the chosen format into a temporary sibling of the target, and renamed onto it only when complete; a
 * cancel (checked between steps and every few thousand rows) or a failure leaves no file behind.
 */
public final class ReportService {
    private final Workspace workspace;

    public ReportService(Workspace workspace) {
        this.workspace = workspace;
    }

    /** What was written. */
    public record ReportResult(Path file, ReportFormat format, HandlingLabel label, long bytes, int annexes, boolean training) {
    }

    public ReportResult write(ReportRequest request, Path target, Progress progress) {
        Path file = target.toAbsolutePath();
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IllegalArgumentException("The folder " + folder + " does not exist.");
        }
        if (Files.isDirectory(file)) {
            throw new IllegalArgumentException(file + " is a folder; give the report a file name.");
        }
        progress.report(0, 4);
        Path temp = AtomicFiles.temporarySibling(file);
        try {
            int annexes;
            boolean training;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                    1 << 16)) {
                if (request.format() == ReportFormat.PDF || request.format() == ReportFormat.HTML) {
                    ReportContent content = new ReportGatherer(workspace).gather(request, progress);
                    annexes = content.annexes().size();
                    training = content.metadata().training();
                    String html = HtmlReport.render(content);
                    ReportGatherer.checkCancel(progress);
                    progress.report(3, 4);
                    if (request.format() == ReportFormat.HTML) {
                        out.write(html.getBytes(StandardCharsets.UTF_8));
                    } else {
                        PdfReport.write(html, out);
                    }
                } else if (request.format() == ReportFormat.GRAPHML) {
                    if (request.country() != null) {
                        throw new IllegalArgumentException("The GraphML link chart covers the whole operation (a network crosses countries);"
                                + " --country is for pdf, html, csv and stix.");
                    }
                    ReportContent.Metadata meta = metadataOnly(request);
                    annexes = 0;
                    training = meta.training();
                    GraphMlReport.write(new org.leadline.logic.links.LinkService(workspace).graph(request.operationId(), progress), meta, out);
                } else {
                    ReportContent.Metadata meta = metadataOnly(request);
                    annexes = 0;
                    training = meta.training();
                    OfficerNames names = new ReportGatherer(workspace).names(request.operationId(), request.maskOfficers());
                    progress.report(1, 4);
                    workspace.jdbi().useHandle(handle -> {
                        CountryScope scope = CountryScope.of(meta.country(), request.operationId(), new ReportRepository(handle));
                        ReportGatherer.checkCancel(progress);
                        progress.report(2, 4);
                        try {
                            if (request.format() == ReportFormat.CSV) {
                                CsvReport.write(handle, meta, names, scope, out, progress);
                            } else {
                                String ownAgency = new OfficerRepository(handle).owner().map(o -> o.agency()).orElse(null);
                                StixReport.write(handle, meta, ownAgency, names, scope, out, progress);
                            }
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                }
            }
            ReportGatherer.checkCancel(progress);
            AtomicFiles.commit(temp, file);
            progress.report(4, 4);
            return new ReportResult(file, request.format(), request.label(), Files.size(file), annexes, training);
        } catch (IOException e) {
            throw new UncheckedIOException("The report " + file.getFileName() + " could not be written: " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException("The report " + file.getFileName() + " could not be written: " + e.getCause().getMessage(), e.getCause());
        } catch (CancelledException e) {
            throw e;
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // The temporary file has a name of its own and is never mistaken for a report.
            }
        }
    }

    /** The countries an annex can be made for: those of the phones, of the documents' issuers and of the routes, by name. */
    public java.util.List<String> countries(java.util.UUID operationId) {
        return workspace.jdbi().withHandle(handle -> {
            PictureRepository tallies = new PictureRepository(handle);
            java.util.Set<String> countries = new java.util.TreeSet<>(java.util.Comparator.comparing(CountryCodes::name)
                    .thenComparing(java.util.Comparator.naturalOrder()));
            countries.addAll(tallies.tallyBy(operationId, LeadKind.PHONE, "region").keySet());
            tallies.tallyBy(operationId, LeadKind.DOCUMENT, "issuer").keySet().stream().map(CountryCodes::alpha2OfIcao).filter(java.util.Objects::nonNull)
                    .forEach(countries::add);
            new org.leadline.persistence.OfferRepository(handle).routes(operationId, false).forEach(route -> {
                countries.add(route.from());
                countries.add(route.to());
            });
            return java.util.List.copyOf(countries);
        });
    }

    /** The metadata of a CSV or STIX report (no counters, charts or annexes: those files hold every row instead). */
    private ReportContent.Metadata metadataOnly(ReportRequest request) {
        return new ReportGatherer(workspace).metadata(request);
    }
}
