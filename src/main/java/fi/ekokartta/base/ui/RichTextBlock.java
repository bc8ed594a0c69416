package fi.ekokartta.base.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import fi.ekokartta.base.domain.RichText;

import java.util.regex.Pattern;

/**
 * A text that may carry simple markup (descriptions, referral instructions, how to get there),
 * shown on a card. Text with tags is cleaned again with {@link RichText} as it is shown (whatever
 * reached the database, through an import or an older version, only jsoup's basic safelist gets
 * to the page) and only then given to Vaadin's {@link Html}; text without tags is shown as text
 * nodes, never as HTML: paragraphs at blank lines, a single line break as a line break.
 */
public class RichTextBlock extends Div {

    private static final Pattern BLANK_LINE = Pattern.compile("\\R[ \\t]*\\R\\s*");

    public RichTextBlock(String text) {
        addClassName("rich-text");
        if (text == null || text.isBlank()) {
            return;
        }
        if (RichText.hasMarkup(text)) {
            add(new Html("<div>" + RichText.sanitize(text) + "</div>"));
        } else {
            for (String paragraph : BLANK_LINE.split(text.strip())) {
                add(paragraph(paragraph));
            }
        }
    }

    private static Paragraph paragraph(String text) {
        Paragraph paragraph = new Paragraph();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                paragraph.getElement().appendChild(new Element("br"));
            }
            paragraph.getElement().appendChild(Element.createText(lines[i]));
        }
        return paragraph;
    }
}
