package fi.ekokartta.base.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * An HTML document printed as a tagged (PDF/UA) A4 PDF in the bundled Liberation Sans, as the
 * counsellor's handout and the service paths are.
 */
public final class AccessiblePdf {

    /** The font family the documents name in their CSS. */
    public static final String FONT = "Liberation Sans";
    private static final String FONTS = "/liberation/";

    private AccessiblePdf() {
    }

    /** {@code what} names the document in the error when rendering fails ("the handout PDF"). */
    public static byte[] render(Document document, String what) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.withW3cDocument(W3CDom.convert(document), "/");
        builder.useFont(() -> font("LiberationSans-Regular.ttf"), FONT, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> font("LiberationSans-Bold.ttf"), FONT, 700, FontStyle.NORMAL, true);
        builder.usePdfUaAccessibility(true);
        builder.withProducer("Ekokartta");
        builder.toStream(pdf);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not make " + what, e);
        }
        return pdf.toByteArray();
    }

    private static InputStream font(String file) {
        InputStream font = AccessiblePdf.class.getResourceAsStream(FONTS + file);
        if (font == null) {
            throw new IllegalStateException("Font " + FONTS + file + " is not on the classpath");
        }
        return font;
    }
}
