package org.newsline.ingest.cleaning;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Converts an HTML page to a title and plain text with jsoup. Scripts, styles, navigation, headers,
 * footers, asides, forms and other non-content elements are dropped; each block element (paragraph,
 * heading, list item, quotation...) becomes its own paragraph; {@code <br>} becomes a line break.
 * The title is the first {@code <h1>} (removed from the body), else {@code <title>}. The canonical
 * link, {@code article:published_time} and the {@code lang} attribute are read when present.
 */
public final class HtmlText {

  private static final String DROPPED =
      "script, style, noscript, template, nav, footer, aside, header, form, button, iframe, svg,"
          + " canvas, select, input, textarea, object, embed, [hidden], [aria-hidden=true]";

  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "li",
          "ul",
          "ol",
          "blockquote",
          "pre",
          "section",
          "article",
          "main",
          "figure",
          "figcaption",
          "table",
          "tr",
          "td",
          "th",
          "dl",
          "dt",
          "dd",
          "hr",
          "address",
          "details",
          "summary",
          "body");

  /**
   * @param title the page's title, empty when none
   * @param text the body as text, paragraphs separated by blank lines
   * @param canonicalUrl {@code <link rel=canonical>} or {@code og:url}, null when absent
   * @param publishedAt {@code article:published_time} when present and valid, else null
   * @param language the {@code lang} attribute of {@code <html>}, null when absent
   */
  public record Extracted(
      String title, String text, String canonicalUrl, Instant publishedAt, String language) {}

  private HtmlText() {}

  public static Extracted extract(String html) {
    Document doc = Jsoup.parse(html);
    String canonical = attr(doc, "link[rel=canonical]", "href");
    if (canonical == null) {
      canonical = attr(doc, "meta[property=og:url]", "content");
    }
    Instant published = instant(attr(doc, "meta[property=article:published_time]", "content"));
    String lang = doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang");
    lang = lang == null || lang.isBlank() ? null : lang.strip();
    doc.select(DROPPED).remove();
    String title;
    Element h1 = doc.body().selectFirst("h1");
    if (h1 != null) {
      title = h1.text();
      h1.remove();
    } else {
      title = doc.title();
    }
    StringBuilder out = new StringBuilder();
    doc.body()
        .traverse(
            new NodeVisitor() {
              @Override
              public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                  out.append(text.getWholeText().replaceAll("\\s+", " "));
                } else if (node instanceof Element element) {
                  if (element.normalName().equals("br")) {
                    out.append('\n');
                  } else if (BLOCKS.contains(element.normalName())) {
                    out.append("\n\n");
                  }
                }
              }

              @Override
              public void tail(Node node, int depth) {
                if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                  out.append("\n\n");
                }
              }
            });
    return new Extracted(title, out.toString(), canonical, published, lang);
  }

  private static String attr(Document doc, String selector, String attribute) {
    Element element = doc.selectFirst(selector);
    if (element == null) {
      return null;
    }
    String value = element.attr(attribute).strip();
    return value.isEmpty() ? null : value;
  }

  private static Instant instant(String text) {
    if (text == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
