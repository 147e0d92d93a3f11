package org.pmoengine.notification;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.util.HtmlUtils;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the mail templates under {@code templates/mail/}: {@code <name>.html} (HTML, user text
 * escaped by {@code th:text}) and {@code <name>.txt} (plain text). The subject is the text of the
 * HTML template's {@code <title>}. The engine is our own, apart from the web view resolver.
 */
@Component
public class MailTemplates {

  private static final Pattern TITLE =
      Pattern.compile("<title[^>]*>(.*?)</title>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private final SpringTemplateEngine engine = new SpringTemplateEngine();

  public MailTemplates() {
    engine.addTemplateResolver(resolver(TemplateMode.HTML, ".html", 1));
    engine.addTemplateResolver(resolver(TemplateMode.TEXT, ".txt", 2));
  }

  /**
   * Renders both parts of {@code template}, each component of the model record a variable of the
   * same name; fails if a template is missing.
   */
  public RenderedMail render(String template, MailModel model) {
    return render(template, variables(model));
  }

  /** Renders with variables given by name, as {@link #render(String, MailModel)} does. */
  RenderedMail render(String template, Map<String, Object> variables) {
    Context context = new Context(Locale.ENGLISH, variables);
    String html = engine.process(template + ".html", context);
    String text = engine.process(template + ".txt", context);
    return new RenderedMail(subjectOf(template, html), html, text.strip() + "\n");
  }

  /**
   * The record's components by name, nulls included. The records are usually nested in their
   * feature's mail class and not public, hence the accessors are made accessible.
   */
  static Map<String, Object> variables(MailModel model) {
    if (!model.getClass().isRecord()) {
      throw new IllegalArgumentException(
          "A mail model must be a record: " + model.getClass().getSimpleName());
    }
    Map<String, Object> variables = new LinkedHashMap<>();
    for (RecordComponent component : model.getClass().getRecordComponents()) {
      ReflectionUtils.makeAccessible(component.getAccessor());
      variables.put(component.getName(),
          ReflectionUtils.invokeMethod(component.getAccessor(), model));
    }
    return variables;
  }

  private static String subjectOf(String template, String html) {
    Matcher title = TITLE.matcher(html);
    if (!title.find()) {
      throw new IllegalStateException("Mail template " + template + ".html has no <title>");
    }
    return HtmlUtils.htmlUnescape(title.group(1)).replaceAll("\\s+", " ").strip();
  }

  private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String suffix, int order) {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/mail/");
    resolver.setResolvablePatterns(Set.of("*" + suffix));
    resolver.setTemplateMode(mode);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCheckExistence(true);
    resolver.setCacheable(true);
    resolver.setOrder(order);
    return resolver;
  }
}
