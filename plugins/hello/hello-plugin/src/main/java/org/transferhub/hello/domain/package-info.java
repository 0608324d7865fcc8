/** Greetings as the hello plugin keeps them. */
package org.transferhub.hello.domain;
