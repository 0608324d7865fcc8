/**
 * The licensing use cases, each a class on an EntityManager and a clock: the catalogue (patents,
 * offers, consents, publication), licences (take-up, trials, recordation), royalties (reports,
 * invoices, payments, the income split) and statistics.
 */
package org.transferhub.licensing.application;
