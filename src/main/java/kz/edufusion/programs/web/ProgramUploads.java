package kz.edufusion.programs.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kz.edufusion.programs.imports.ImportLimits;
import kz.edufusion.programs.imports.ImportRefused;
import kz.edufusion.programs.imports.TableReaders;
import kz.edufusion.programs.imports.UploadedTables;
import org.springframework.web.multipart.MultipartFile;

/**
 * The files of one upload as tables: one XLSX workbook, or one or more CSV files (a table each). Recognized by
 * extension, and by content when the name says nothing; anything else, or a file over the limit, is refused whole.
 */
public final class ProgramUploads {

    private ProgramUploads() {
    }

    public static UploadedTables read(List<MultipartFile> files) throws IOException {
        List<MultipartFile> present = files == null ? List.of() : files.stream().filter(f -> f != null && !f.isEmpty()).toList();
        if (present.isEmpty()) {
            throw new ImportRefused("programs.import.refused.noFile");
        }
        for (MultipartFile file : present) {
            if (file.getSize() > ImportLimits.MAX_FILE) {
                throw new ImportRefused("programs.import.refused.tooLarge", ImportLimits.MAX_FILE / (1024 * 1024));
            }
        }
        List<MultipartFile> workbooks = present.stream().filter(ProgramUploads::isWorkbook).toList();
        if (!workbooks.isEmpty()) {
            if (present.size() > 1) {
                throw new ImportRefused("programs.import.refused.mixed");
            }
            try (InputStream in = workbooks.get(0).getInputStream()) {
                return TableReaders.xlsx(in);
            }
        }
        List<InputStream> streams = new ArrayList<>();
        try {
            for (MultipartFile file : present) {
                streams.add(file.getInputStream());
            }
            return TableReaders.csv(streams);
        } finally {
            for (InputStream in : streams) {
                in.close();
            }
        }
    }

    private static boolean isWorkbook(MultipartFile file) {
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
            return true;
        }
        if (name.endsWith(".csv")) {
            return false;
        }
        try (InputStream in = file.getInputStream()) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K';
        } catch (IOException e) {
            return false;
        }
    }
}
