package com.shopperspectrum.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import io.javalin.rendering.FileRenderer;
import java.util.Map;

/**
 * The pages' jte templates (src/main/jte), compiled to classes by jte-maven-plugin in the build, so nothing is
 * compiled at run time and the fat jar serves them as they are. Rendered with HTML escaping of every value
 * ({@link EscapingOutput}); registered as Javalin's {@link FileRenderer}, so a page answers with
 * {@code ctx.render("name.jte", Map.of(...))}, and used directly for the report.
 */
final class Templates implements FileRenderer {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(
            null, ContentType.Html, Templates.class.getClassLoader(), Templates.class.getPackageName());

    /** Renders template {@code name} with its parameters. */
    String render(String name, Map<String, Object> params) {
        StringOutput out = new StringOutput(16384);
        engine.render(name, params, new EscapingOutput(out));
        return out.toString();
    }

    @Override
    public String render(String filePath, Map<String, ?> model, Context context) {
        @SuppressWarnings("unchecked")
        Map<String, Object> params = (Map<String, Object>) model;
        return render(filePath, params);
    }
}
