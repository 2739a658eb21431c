package kz.edufusion.credentials.domain;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A QR code as rows of dark/light modules (with the 4-module quiet zone), so templates draw it as a table of cells:
 * the PDF renderer fetches no images, not even data URIs, and the page needs no script.
 */
public record QrCode(List<List<Boolean>> rows) {

    public static QrCode of(String text) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
            List<List<Boolean>> rows = new ArrayList<>(matrix.getHeight());
            for (int y = 0; y < matrix.getHeight(); y++) {
                List<Boolean> row = new ArrayList<>(matrix.getWidth());
                for (int x = 0; x < matrix.getWidth(); x++) {
                    row.add(matrix.get(x, y));
                }
                rows.add(List.copyOf(row));
            }
            return new QrCode(List.copyOf(rows));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode as a QR code: " + text, e);
        }
    }

    public int size() {
        return rows.size();
    }
}
