package com.shopperspectrum.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/** Runs the spectrum command in-process and captures its output; writes the small shop fixture. */
record CliRun(int exitCode, String out, String err) {
    /** Short name used by some tests. */
    int exit() {
        return exitCode;
    }

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = SpectrumCommand.forArgs(args); // as Main runs them
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }

    /**
     * Six customers, four mugs and teapots and postage. Binary, by customer, over the whole file:
     * 100 = {c1,c2,c4}, 200 = {c1,c2,c5}, 300 = {c1,c2,c3,c4,c5}, 400 = {c3,c6}, POST = {c1}.
     * Purchases from 2011-06-01 on: c5 buys 300, c1 buys 300, c6 (no history) buys 400.
     */
    static Path shop(Path dir) throws IOException {
        Path file = dir.resolve("shop.csv");
        Files.writeString(
                file,
                String.join(
                                "\n",
                                "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country",
                                "1,100,RED MUG,2,2011-01-10 10:00:00,1.5,1,United Kingdom",
                                "1,200,BLUE MUG,1,2011-01-10 10:00:00,1.5,1,United Kingdom",
                                "1,POST,POSTAGE,1,2011-01-10 10:00:00,18,1,United Kingdom",
                                "2,100,RED MUG,1,2011-02-10 10:00:00,1.5,2,United Kingdom",
                                "2,200,BLUE MUG,3,2011-02-10 10:00:00,1.5,2,United Kingdom",
                                "2,300,\"GREEN TEAPOT, LARGE\",1,2011-02-10 10:00:00,4.95,2,United Kingdom",
                                "3,300,\"GREEN TEAPOT, LARGE\",2,2011-03-10 10:00:00,4.95,3,United Kingdom",
                                "3,400,PINK TEAPOT,1,2011-03-10 10:00:00,4.95,3,United Kingdom",
                                "4,100,RED MUG,5,2011-04-10 10:00:00,1.5,4,United Kingdom",
                                "4,300,\"GREEN TEAPOT, LARGE\",1,2011-04-10 10:00:00,4.95,4,United Kingdom",
                                "5,200,BLUE MUG,1,2011-05-10 10:00:00,1.5,5,United Kingdom",
                                "6,300,\"GREEN TEAPOT, LARGE\",1,2011-06-20 10:00:00,4.95,5,United Kingdom",
                                "7,400,PINK TEAPOT,1,2011-06-25 10:00:00,4.95,6,United Kingdom",
                                "8,300,\"GREEN TEAPOT, LARGE\",1,2011-06-21 10:00:00,4.95,1,United Kingdom",
                                "C9,100,RED MUG,-1,2011-06-22 10:00:00,1.5,7,United Kingdom")
                        + "\n");
        return file;
    }
}
