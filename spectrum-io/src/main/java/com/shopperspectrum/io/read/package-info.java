/**
 * The transaction reader's internals: the fast path behind {@link com.shopperspectrum.io.TransactionReader}.
 *
 * <p>{@link com.shopperspectrum.io.read.FileLoader} runs one pass over a file: a {@code RowSource} ({@code
 * CsvRowSource} for CSV and gzip CSV, {@code XlsxRowSource} for a sheet) hands out each row as byte ranges in a
 * reused {@code FieldBuffer}; {@code CsvRecords} splits the text that {@code ReadAheadRecords} inflates, checks
 * ({@code Utf8}, {@code Utf8Text}) and splits on a second thread; {@code ColumnLayout} says where each field is;
 * {@code RowLoader} parses the fields without making strings ({@code NumberParser}, {@code DateParser}, {@code
 * StringPool}, {@code PooledColumn}) and appends them to the columnar builder, or rejects the row whole with a
 * {@code BadValueException} naming the column.
 *
 * <p>Nothing outside this package may use these classes except through {@code FileLoader}; only it is public.
 * The rule for changing them: they must read exactly what the plain reference path reads — the JDK's strict
 * decoder, {@link Double#parseDouble}/{@link Integer#parseInt} and {@code java.time} parsing, and FastCSV, the
 * reader's parser before this one — row for row and value for value. The tests that guard it: {@code
 * CsvRecordsTest} (record for record against FastCSV's reader on arbitrary text), {@code ReadAheadRecordsTest}
 * (the read-ahead thread hands on exactly the splitter's records across buffers), {@code Utf8Test} and {@code
 * Utf8TextTest} (against the JDK's decoders), {@code NumberParserPropertiesTest} (against the JDK's number
 * parsers), {@code StringPoolTest}, and in {@code com.shopperspectrum.io} {@code ParserPropertiesTest} (what a
 * standard CSV writer writes reads back), the format tests ({@code DateFormatTest}, {@code EncodingTest},
 * {@code LayoutTest}, {@code MappingTest}, {@code ContainerTest}, {@code BadInputTest}) and {@code
 * RealDataReferenceTest} (the published figures of the real UCI files). Spark's reader, an independent path,
 * is compared with this one on the real data in spectrum-spark's {@code CleaningAndRfmParityTest}.
 */
package com.shopperspectrum.io.read;
