package fi.ekokartta.guidance;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.vaadin.flow.i18n.I18NProvider;
import fi.ekokartta.base.pdf.AccessiblePdf;
import org.springframework.stereotype.Service;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;

/**
 * The client's handout as an A4 PDF made on the server ("Lataa PDF"), so it can be saved, mailed
 * or printed without the browser's print dialog. The font is embedded (Liberation Sans), so
 * ä, ö and å come out whatever fonts the reader has; the PDF is tagged (PDF/UA) for screen readers.
 */
@Service
public class HandoutPdf {

    private static final int QR_MODULE_PIXELS = 8;

    private final I18NProvider translations;

    HandoutPdf(I18NProvider translations) {
        this.translations = translations;
    }

    /** {@code address}: the handout page's absolute address, printed with its QR code. */
    public byte[] render(Handout handout, String address) {
        HandoutDocument document = new HandoutDocument(translations, handout.language().locale());
        return AccessiblePdf.render(document.build(handout, address, qrImage(address)), "the handout PDF");
    }

    /** A PNG, since the PDF renderer draws no SVG; each module is a block of pixels, so it prints sharp. */
    private static String qrImage(String address) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(address, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot draw a QR code of " + address, e);
        }
        BufferedImage image = new BufferedImage(matrix.getWidth() * QR_MODULE_PIXELS, matrix.getHeight() * QR_MODULE_PIXELS,
                BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, matrix.get(x / QR_MODULE_PIXELS, y / QR_MODULE_PIXELS) ? 0x000000 : 0xFFFFFF);
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
    }
}
