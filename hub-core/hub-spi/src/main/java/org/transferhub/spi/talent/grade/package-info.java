/**
 * How a technology manager's track record becomes a grade: the extension point a region or the
 * registry's operator replaces ({@code META-INF/services/org.transferhub.spi.talent.grade.GradeFormula}).
 */
package org.transferhub.spi.talent.grade;
