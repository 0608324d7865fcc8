/**
 * The registry of certified technology managers (技术经理人). Provides
 * {@link org.transferhub.spi.talent.TalentRegistry}.
 */
package org.transferhub.talent;
