package org.transferhub.vouchers.interfaces.rest;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.transferhub.vouchers.domain.programme.Programme;
import org.transferhub.vouchers.domain.provider.Provider;
import org.transferhub.vouchers.domain.settlement.Settlement;
import org.transferhub.vouchers.domain.voucher.VoucherHold;

/**
 * A settlement statement as a page a person reads, prints and signs: the programme, the provider,
 * every redemption paid, the total, the evidence and who prepared and approved it. Chinese unless
 * English is asked for; every value from the database is escaped.
 */
final class StatementPage {

    static final Locale CHINESE = Locale.forLanguageTag("zh-CN");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private final Locale locale;
    private final ResourceBundle text;

    StatementPage(Locale locale) {
        this.locale = locale;
        // No fallback to the server's default locale: Chinese is the base bundle.
        this.text = ResourceBundle.getBundle(
                "org.transferhub.vouchers.interfaces.rest.Statement",
                locale,
                StatementPage.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** {@code lang} if given, else the first of the caller's languages this page speaks, else Chinese. */
    static Locale locale(String lang, List<Locale> acceptable) {
        if (lang != null) {
            return Locale.forLanguageTag(lang);
        }
        return acceptable.stream()
                .filter(l -> l.getLanguage().equals("en") || l.getLanguage().equals("zh"))
                .findFirst()
                .map(l -> l.getLanguage().equals("en") ? Locale.ENGLISH : CHINESE)
                .orElse(CHINESE);
    }

    String render(Settlement s, Programme programme, Provider provider, List<VoucherHold> lines) {
        StringBuilder h = new StringBuilder(4096)
                .append("<!DOCTYPE html>\n<html lang=\"")
                .append(locale.toLanguageTag())
                .append("\">\n<head><meta charset=\"UTF-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>")
                .append(esc(t("title") + " " + s.period()))
                .append("</title>\n<style>")
                .append(
                        "body{font-family:system-ui,\"Noto Sans CJK SC\",sans-serif;color:#111;margin:2rem;max-width:60rem}")
                .append("table{border-collapse:collapse;width:100%}th,td{border:1px solid #444;padding:.3rem .5rem}")
                .append(
                        "td.n,th.n{text-align:right}dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}")
                .append("dt{font-weight:bold}.sign{display:flex;gap:4rem;margin-top:3rem}")
                .append("@media print{button{display:none}body{margin:0}}")
                .append("</style></head>\n<body>\n<h1>")
                .append(esc(t("title")))
                .append("</h1>\n<dl>");
        field(h, "programme", programme.name());
        field(h, "sponsor", programme.sponsor());
        field(h, "provider", provider.name());
        field(h, "period", s.period());
        field(h, "status", t("status." + s.status()));
        field(h, "preparedBy", s.createdBy() + " · " + TIME.format(s.createdAt().atZone(ZoneOffset.UTC)));
        if (s.approvedBy() != null) {
            field(
                    h,
                    "approvedBy",
                    s.approvedBy() + " · " + TIME.format(s.approvedAt().atZone(ZoneOffset.UTC)));
        }
        if (s.paymentReference() != null) {
            field(h, "paymentReference", s.paymentReference());
        }
        field(h, "evidence", String.join("; ", s.evidence()));
        h.append("</dl>\n<table>\n<thead><tr><th>#</th><th>")
                .append(esc(t("line.order")))
                .append("</th><th>")
                .append(esc(t("line.voucher")))
                .append("</th><th>")
                .append(esc(t("line.capturedAt")))
                .append("</th><th class=\"n\">")
                .append(esc(t("line.price")))
                .append("</th><th class=\"n\">")
                .append(esc(t("line.voucherShare")))
                .append("</th></tr></thead>\n<tbody>\n");
        int n = 0;
        for (VoucherHold line : lines) {
            h.append("<tr><td>")
                    .append(++n)
                    .append("</td><td>")
                    .append(esc(line.orderReference()))
                    .append("</td><td>")
                    .append(esc(line.voucherCode()))
                    .append("</td><td>")
                    .append(TIME.format(line.capturedAt().atZone(ZoneOffset.UTC)))
                    .append("</td><td class=\"n\">")
                    .append(money(line.price(), s.currency()))
                    .append("</td><td class=\"n\">")
                    .append(money(line.voucherShare(), s.currency()))
                    .append("</td></tr>\n");
        }
        return h.append("</tbody>\n<tfoot><tr><th colspan=\"5\">")
                .append(esc(t("total")))
                .append("</th><th class=\"n\" id=\"total\">")
                .append(money(s.amount(), s.currency()))
                .append("</th></tr></tfoot>\n</table>\n<div class=\"sign\"><p>")
                .append(esc(t("signature.prepared")))
                .append(": ________</p><p>")
                .append(esc(t("signature.approved")))
                .append(": ________</p></div>\n<button type=\"button\" onclick=\"window.print()\">")
                .append(esc(t("print")))
                .append("</button>\n</body>\n</html>\n")
                .toString();
    }

    private void field(StringBuilder h, String key, String value) {
        h.append("<dt>")
                .append(esc(t(key)))
                .append("</dt><dd>")
                .append(esc(value))
                .append("</dd>");
    }

    private String t(String key) {
        return text.getString(key);
    }

    /** Minor units shown in major units, e.g. 123456 CNY as "1,234.56 CNY": exact, no floating point. */
    static String money(long minor, String currency) {
        int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits()); // -1: XXX and the like
        return String.format(Locale.ROOT, "%,." + digits + "f", BigDecimal.valueOf(minor, digits)) + " " + currency;
    }

    static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
