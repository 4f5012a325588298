package com.shopperspectrum.io.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.shopperspectrum.core.data.InvalidInputException;
import com.shopperspectrum.core.model.ModelMetadata;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which files a model must have: those every model of this format version has, and those its metadata says it
 * has (the {@code parts} list of metadata.json; for a model written before the list existed, what its options and
 * warnings imply: a segmentation unless one was not asked for or could not be fitted, the evaluation when asked
 * for). Deleting a part together with its checksum line is then still an incomplete model.
 */
final class ModelParts {
    /** The parts written as two files (the JSON head and its binary columns): one listed means both are expected. */
    private static final String[][] PAIRED = {
        {ModelWriter.SEGMENT_MODEL, ModelWriter.SEGMENTS},
        {ModelWriter.COHORTS, ModelWriter.COHORT_STATES},
        {ModelWriter.CLV, ModelWriter.CLV_CUSTOMERS}
    };

    /** The files of every model of this format version. */
    static final List<String> ALWAYS = List.of(
            ModelWriter.METADATA,
            ModelWriter.PROFILE,
            ModelWriter.PRODUCTS,
            ModelWriter.CUSTOMERS,
            ModelWriter.HISTORIES,
            ModelWriter.NEIGHBOUR_OPTIONS,
            ModelWriter.NEIGHBOURS,
            ModelWriter.RECOMMENDER_OPTIONS);

    private ModelParts() {}

    static Set<String> required(ModelMetadata metadata, JsonNode listed, Map<String, String> sums, Path metaFile) {
        Set<String> parts = new LinkedHashSet<>(ALWAYS);
        if (listed != null) {
            if (!listed.isArray()) {
                throw new InvalidInputException(
                        "model file " + metaFile + " is not valid: '" + ModelWriter.PARTS + "' is not a list",
                        ModelWriter.METADATA);
            }
            for (JsonNode part : listed) {
                String name = part.asText("");
                if (name.isEmpty() || name.contains("/") || name.contains("\\")) {
                    throw new InvalidInputException(
                            "model file " + metaFile + " is not valid: part '" + part + "' is not a file name",
                            ModelWriter.METADATA);
                }
                parts.add(name);
            }
        } else {
            implied(metadata, parts);
        }
        for (String[] pair : PAIRED) {
            if (parts.contains(pair[0])
                    || parts.contains(pair[1])
                    || sums.containsKey(pair[0])
                    || sums.containsKey(pair[1])) {
                parts.add(pair[0]);
                parts.add(pair[1]);
            }
        }
        if (sums.containsKey(ModelWriter.EVALUATION)) {
            parts.add(ModelWriter.EVALUATION);
        }
        return parts;
    }

    /** What the options and warnings of a model without a parts list say it has. */
    private static void implied(ModelMetadata metadata, Set<String> parts) {
        boolean noSegmentation = metadata.warnings().stream().anyMatch(w -> w.startsWith("no segmentation"));
        if (metadata.options().containsKey("k") && !noSegmentation) {
            parts.add(ModelWriter.SEGMENT_MODEL);
        }
        boolean noEvaluation = metadata.warnings().stream().anyMatch(w -> w.startsWith("no evaluation"));
        String days = metadata.options().getOrDefault("evaluationDays", "0");
        if (!days.equals("0") && !noEvaluation) {
            parts.add(ModelWriter.EVALUATION);
        }
    }

    /** Every part listed in the checksums and present; the error names the first that is not. */
    static void checkPresent(Path dir, Set<String> parts, Map<String, String> sums) {
        for (String part : parts) {
            Path file = dir.resolve(part);
            if (!sums.containsKey(part)) {
                throw new InvalidInputException(
                        "model file " + file + " is not listed in " + dir.resolve(Checksums.FILE) + ", but this model "
                                + "has it (" + ModelWriter.METADATA + " and format version "
                                + ModelMetadata.FORMAT_VERSION + "): the model is incomplete",
                        part);
            }
            if (!Files.isRegularFile(file)) {
                throw new InvalidInputException("model file " + file + " is missing: the model is incomplete", part);
            }
        }
    }
}
