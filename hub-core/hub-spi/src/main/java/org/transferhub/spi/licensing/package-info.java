/**
 * Patent licences: open licences (专利开放许可) and pay-after-use (先使用后付费). First version: the
 * licences other services read.
 */
package org.transferhub.spi.licensing;
