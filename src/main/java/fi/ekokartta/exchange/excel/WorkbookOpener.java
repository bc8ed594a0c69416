package fi.ekokartta.exchange.excel;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Opens an uploaded workbook defensively: at most {@link #MAX_BYTES} read, only an .xlsx file
 * (an encrypted one and an old .xls are told apart), zip bombs refused by POI's own limits
 * (compression ratio, entry size, text size), at most {@link #MAX_SHEETS} sheets. Anything POI
 * cannot read is an {@link ExcelFormatException}; no POI exception leaves this class.
 */
final class WorkbookOpener {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    static final int MAX_SHEETS = 20;

    static {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(100L * 1024 * 1024);
        ZipSecureFile.setMaxTextSize(10L * 1024 * 1024);
    }

    private WorkbookOpener() {
    }

    static XSSFWorkbook open(InputStream in) {
        byte[] bytes = read(in);
        FileMagic magic = FileMagic.valueOf(bytes);
        if (magic == FileMagic.OLE2) {
            throw new ExcelFormatException(isEncrypted(bytes) ? "excel.error.encrypted" : "excel.error.old-format");
        }
        if (magic != FileMagic.OOXML) {
            throw new ExcelFormatException("excel.error.not-xlsx");
        }
        XSSFWorkbook workbook;
        try {
            workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (EncryptedDocumentException e) {
            throw new ExcelFormatException("excel.error.encrypted");
        } catch (IOException | RuntimeException e) {
            // A truncated or corrupt package, a zip bomb, an .xlsx with missing parts: all unreadable here.
            throw new ExcelFormatException("excel.error.unreadable");
        }
        if (workbook.getNumberOfSheets() > MAX_SHEETS) {
            close(workbook);
            throw new ExcelFormatException("excel.error.too-many-sheets", MAX_SHEETS);
        }
        return workbook;
    }

    private static byte[] read(InputStream in) {
        try {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new ExcelFormatException("excel.error.too-large", MAX_BYTES / (1024 * 1024));
            }
            if (bytes.length == 0) {
                throw new ExcelFormatException("excel.error.not-xlsx");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An encrypted .xlsx is an OLE2 container holding the encrypted package and its "EncryptionInfo". */
    private static boolean isEncrypted(byte[] bytes) {
        try (POIFSFileSystem fileSystem = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            return fileSystem.getRoot().hasEntryCaseInsensitive("EncryptionInfo");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    static void close(XSSFWorkbook workbook) {
        try {
            workbook.close();
        } catch (IOException ignored) {
            // read from memory: nothing to release that could fail
        }
    }
}
