package org.leadline.logic.evidence;

import com.drew.imaging.FileType;
import com.drew.imaging.FileTypeDetector;
import com.drew.imaging.ImageMetadataReader;
import com.drew.lang.GeoLocation;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.Tag;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.leadline.logic.evidence.EvidenceStore.PendingBlob;
import org.leadline.logic.json.Json;
import org.leadline.model.Capture.ExifSummary;

/**
 * Looks at captured bytes before they become evidence: what they are (from the content, never the name), how many
 * pixels they declare (read from the header, before anything is decoded), whether they are whole, and which camera
 * metadata they carry.
 */
public final class ImageInspector {
    /** Above this an image is a likely decompression bomb: decoding it could take gigabytes of memory. */
    public static final long MAX_PIXELS = 100_000_000L;
    private static final int MAX_METADATA_CHARS = 64 * 1024;
    private static final Set<String> IMAGE_SUFFIXES = Set.of("png", "jpg", "jpeg", "gif", "bmp", "webp", "heic", "heif",
            "tif", "tiff");

    static {
        // No disk cache: ImageIO would otherwise write decrypted evidence to the system's temporary folder.
        ImageIO.setUseCache(false);
        ImageIO.scanForPlugins();
    }

    /** What the inspection found; {@code previewIssue} says why the viewer will show "no preview". */
    public record Inspection(String mediaType, Integer width, Integer height, String previewIssue, ExifSummary exif,
                             String metadataJson) {
    }

    /** A source of the whole content, read again from the start on each call. */
    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }

    private ImageInspector() {
    }

    public static void ensureImageIoReady() {
        // Loading the class runs the static set-up; callers that decode images call this first.
    }

    /**
     * @param keepBroken keep a damaged or incomplete image as evidence without a preview instead of refusing it
     * @throws EvidenceException naming the file and what is wrong with it
     */
    public static Inspection inspect(String name, PendingBlob blob, Content content, boolean keepBroken) throws IOException {
        if (blob.size() == 0) {
            throw new EvidenceException(name + " is empty (0 bytes): there is nothing to keep as evidence.");
        }
        Content start = blob.headIsWhole() ? () -> new ByteArrayInputStream(blob.head()) : content;
        // metadata-extractor's detector knows the image formats; a PDF is told by its own signature.
        FileType type = startsWith(blob.head(), "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII)) ? FileType.Pdf
                : FileTypeDetector.detectFileType(new BufferedInputStream(new ByteArrayInputStream(blob.head())));
        return switch (type) {
            case Jpeg, Png, Gif, Bmp, WebP, Tiff -> image(name, type, blob, start, content, keepBroken);
            case Heif -> {
                Exif exif = exif(start);
                yield new Inspection("image/heic", null, null, "HEIC images are kept as evidence but cannot be shown here.",
                        exif.summary, exif.json);
            }
            case Pdf -> new Inspection("application/pdf", null, null, "PDF documents are kept as evidence but not shown here.",
                    ExifSummary.NONE, null);
            default -> throw new EvidenceException(namedLikeImage(name)
                    ? name + " is named like an image but its content is not one."
                    : name + " is neither an image nor a PDF document: only screenshots, photos, document images and PDFs are kept as evidence.");
        };
    }

    private static Inspection image(String name, FileType type, PendingBlob blob, Content start, Content whole,
                                    boolean keepBroken) throws IOException {
        String format = type.getName();
        String mediaType = type == FileType.WebP ? "image/webp" : type.getMimeType();
        int width;
        int height;
        try (ImageInputStream stream = ImageIO.createImageInputStream(start.open())) {
            ImageReader reader = readerFor(stream);
            try {
                reader.setInput(stream, true, true);
                width = reader.getWidth(0);
                height = reader.getHeight(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return broken(name, mediaType, keepBroken, "is a damaged " + format + " image: its header cannot be read",
                    "The " + format + " header cannot be read", null, null, start);
        }
        if ((long) width * height > MAX_PIXELS) {
            throw new EvidenceException(String.format(Locale.ROOT,
                    "%s declares %,d × %,d pixels (%,d megapixels), more than the %,d megapixels Leadline opens: it may be a decompression bomb.",
                    name, width, height, (long) width * height / 1_000_000, MAX_PIXELS / 1_000_000));
        }
        if (!isWhole(type, blob, whole)) {
            return broken(name, mediaType, keepBroken, "is an incomplete " + format + " image (its end is missing)",
                    "The " + format + " image is incomplete (its end is missing)", width, height, start);
        }
        Exif exif = exif(start);
        return new Inspection(mediaType, width, height, null, exif.summary, exif.json);
    }

    private static Inspection broken(String name, String mediaType, boolean keepBroken, String problem, String issue,
                                     Integer width, Integer height, Content start) {
        if (!keepBroken) {
            throw EvidenceException.keepable(name + " " + problem);
        }
        Exif exif = exif(start);
        return new Inspection(mediaType, width, height, issue + ": kept as evidence without a preview.", exif.summary, exif.json);
    }

    private static ImageReader readerFor(ImageInputStream stream) throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReaders(stream);
        if (!readers.hasNext()) {
            throw new IOException("no image reader");
        }
        return readers.next();
    }

    /**
     * Whether the file ends where its format says it ends. PNG, GIF, WebP and BMP say so in their bytes; a JPEG may
     * carry a camera's trailer after its end marker, so one without the marker near its end is decoded to be sure.
     */
    static boolean isWhole(FileType type, PendingBlob blob, Content whole) throws IOException {
        byte[] tail = blob.tail();
        byte[] head = blob.head();
        return switch (type) {
            case Png -> endsWith(tail, new byte[] {0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82});
            case Gif -> tail.length > 0 && tail[tail.length - 1] == 0x3B;
            case WebP -> head.length >= 8 && littleEndian(head, 4) + 8 <= blob.size();
            case Bmp -> head.length >= 6 && littleEndian(head, 2) <= blob.size();
            case Jpeg -> hasJpegEnd(tail) || decodesCleanly(whole);
            default -> true;
        };
    }

    private static boolean hasJpegEnd(byte[] tail) {
        for (int i = tail.length - 2; i >= 0; i--) {
            if (tail[i] == (byte) 0xFF && tail[i + 1] == (byte) 0xD9) {
                return true;
            }
        }
        return false;
    }

    private static boolean decodesCleanly(Content whole) {
        try (ImageInputStream stream = ImageIO.createImageInputStream(whole.open())) {
            ImageReader reader = readerFor(stream);
            AtomicBoolean warned = new AtomicBoolean();
            try {
                reader.addIIOReadWarningListener((source, warning) -> warned.set(true));
                reader.setInput(stream, true, true);
                reader.read(0);
                return !warned.get();
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && java.util.Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static boolean endsWith(byte[] bytes, byte[] suffix) {
        if (bytes.length < suffix.length) {
            return false;
        }
        for (int i = 0; i < suffix.length; i++) {
            if (bytes[bytes.length - suffix.length + i] != suffix[i]) {
                return false;
            }
        }
        return true;
    }

    private static long littleEndian(byte[] bytes, int offset) {
        return (bytes[offset] & 0xFFL) | (bytes[offset + 1] & 0xFFL) << 8 | (bytes[offset + 2] & 0xFFL) << 16
                | (bytes[offset + 3] & 0xFFL) << 24;
    }

    private static boolean namedLikeImage(String name) {
        int dot = name.lastIndexOf('.');
        return dot >= 0 && IMAGE_SUFFIXES.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private record Exif(ExifSummary summary, String json) {
    }

    /** Camera time, position and software, and every tag for the viewer; metadata that cannot be read is no refusal. */
    private static Exif exif(Content content) {
        Metadata metadata;
        try (InputStream in = new BufferedInputStream(content.open())) {
            metadata = ImageMetadataReader.readMetadata(in);
        } catch (Exception e) {
            return new Exif(ExifSummary.NONE, null);
        }
        String cameraTime = null;
        Double latitude = null;
        Double longitude = null;
        String software = null;
        ExifSubIFDDirectory sub = metadata.getFirstDirectoryOfType(ExifSubIFDDirectory.class);
        if (sub != null) {
            cameraTime = sub.getString(ExifSubIFDDirectory.TAG_DATETIME_ORIGINAL);
        }
        ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
        if (ifd0 != null) {
            software = ifd0.getString(ExifIFD0Directory.TAG_SOFTWARE);
            if (cameraTime == null) {
                cameraTime = ifd0.getString(ExifIFD0Directory.TAG_DATETIME);
            }
        }
        GpsDirectory gps = metadata.getFirstDirectoryOfType(GpsDirectory.class);
        if (gps != null) {
            GeoLocation location = gps.getGeoLocation();
            if (location != null && !location.isZero()) {
                latitude = location.getLatitude();
                longitude = location.getLongitude();
            }
        }
        Map<String, Map<String, String>> tags = new LinkedHashMap<>();
        int chars = 0;
        for (Directory directory : metadata.getDirectories()) {
            Map<String, String> values = new LinkedHashMap<>();
            for (Tag tag : directory.getTags()) {
                String description = tag.getDescription();
                if (description == null || chars > MAX_METADATA_CHARS) {
                    continue;
                }
                String value = description.length() > 500 ? description.substring(0, 500) + "…" : description;
                chars += value.length() + tag.getTagName().length();
                values.put(tag.getTagName(), value);
            }
            if (!values.isEmpty()) {
                tags.put(directory.getName(), values);
            }
        }
        ExifSummary summary = cameraTime == null && latitude == null && software == null ? ExifSummary.NONE
                : new ExifSummary(cameraTime, latitude, longitude, software);
        return new Exif(summary, tags.isEmpty() ? null : Json.write(tags));
    }
}
