package com.shopperspectrum.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** XLSX workbooks for tests: one sheet of text cells (numbers as numbers) from comma-separated lines. */
final class ExcelFiles {
    private ExcelFiles() {}

    static byte[] workbook(List<String> header, List<String> rows) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Workbook wb = new Workbook(bytes, "test", "1.0");
        Worksheet sheet = wb.newWorksheet("Sheet1");
        int r = 0;
        for (List<String> lines : List.of(header, rows)) {
            for (String line : lines) {
                String[] cells = line.split(",", -1);
                for (int c = 0; c < cells.length; c++) {
                    if (r > 0 && cells[c].matches("-?\\d+(\\.\\d+)?")) {
                        sheet.value(r, c, Double.parseDouble(cells[c]));
                    } else {
                        sheet.value(r, c, cells[c]);
                    }
                }
                r++;
            }
        }
        wb.finish();
        return bytes.toByteArray();
    }
}
