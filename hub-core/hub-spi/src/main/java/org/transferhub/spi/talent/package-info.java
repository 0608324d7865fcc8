/**
 * The registry of certified technology managers (技术经理人). First version: public profiles and
 * assignment of a manager to a project.
 */
package org.transferhub.spi.talent;
