package org.pmoengine.scoring;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the rules come from.
 *
 * @param rulesDir a folder of {@code .drl} files to load instead of the packaged {@code rules/}
 *     ({@code pmo.rules-dir}); unset in the demo
 */
@ConfigurationProperties("pmo")
public record RulesProperties(Path rulesDir) {}
