package org.transferhub.spi.plugin;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Map;

/**
 * The pages a plugin adds to the region's portal. The hub builds one navigation from the pages of
 * the plugins that are UP, so a region without a plugin shows none of its links.
 *
 * @param module the ES module serving the pages, relative to the plugin's context root (e.g.
 *     {@code portal/vouchers.js}); it exports {@code messages} per language and {@code pages}, one
 *     render function per page id (see docs/plugin-guide.md)
 * @param pages the pages, in navigation order
 */
public record PortalPages(
        @NotBlank @Pattern(regexp = "[a-z0-9/_.-]{1,100}\\.js", message = "must be a .js path inside the plugin")
                String module,
        @NotEmpty List<@Valid @NotNull Page> pages) {

    public PortalPages {
        pages = pages == null ? List.of() : List.copyOf(pages);
    }

    /**
     * One page of the portal.
     *
     * @param id lowercase letters, digits and dashes; the page's address is {@code #/<plugin>/<id>}
     * @param roles who sees it; nobody else gets a link, and the page refuses them
     * @param title the navigation label per language tag ({@code zh-CN}, {@code en})
     */
    public record Page(
            @NotBlank
                    @Pattern(regexp = "[a-z][a-z0-9-]{0,40}", message = "must be lowercase letters, digits and dashes")
                    String id,
            @NotEmpty List<@NotBlank String> roles,
            @NotEmpty Map<String, String> title) {

        public Page {
            roles = roles == null ? List.of() : List.copyOf(roles);
            title = title == null ? Map.of() : Map.copyOf(title);
        }
    }
}
