package org.transferhub.hello.spi;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * @param name who to greet
 * @param language {@code zh-CN} or {@code en}; {@code zh-CN} when absent
 */
public record GreetingRequest(
        @NotBlank(message = "must not be blank") @Size(max = 40, message = "must be at most 40 characters") String name,
        @Pattern(regexp = "zh-CN|en", message = "must be zh-CN or en") String language) {}
