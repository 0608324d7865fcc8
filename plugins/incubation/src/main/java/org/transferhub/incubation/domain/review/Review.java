package org.transferhub.incubation.domain.review;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.transferhub.kernel.persistence.InstantConverter;
import org.transferhub.spi.incubation.PocStage;

/** One reviewer's scores on one round of a stage, with the weighted result of the stage's scorecard. */
@Entity
@Table(name = "review")
public class Review {

    @Id
    private UUID id;

    @Column(name = "project_id", nullable = false)
    private UUID projectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PocStage stage;

    @Column(nullable = false)
    private int round;

    @Column(nullable = false)
    private String reviewer;

    /** Criterion id to points, {@code id=points} one per line, in the scorecard's order. */
    @Column(nullable = false)
    private String scores;

    @Column(nullable = false)
    private BigDecimal weighted;

    @Column(name = "remarks", nullable = false)
    private String comment;

    @Convert(converter = InstantConverter.class)
    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    protected Review() {}

    public Review(
            UUID projectId,
            PocStage stage,
            int round,
            String reviewer,
            Map<String, Integer> scores,
            BigDecimal weighted,
            String comment,
            Instant submittedAt) {
        this.id = UUID.randomUUID();
        this.projectId = projectId;
        this.stage = stage;
        this.round = round;
        this.reviewer = reviewer;
        StringBuilder lines = new StringBuilder();
        scores.forEach((criterion, points) ->
                lines.append(criterion).append('=').append(points).append('\n'));
        this.scores = lines.toString();
        this.weighted = weighted;
        this.comment = comment;
        this.submittedAt = submittedAt;
    }

    public UUID projectId() {
        return projectId;
    }

    public PocStage stage() {
        return stage;
    }

    public int round() {
        return round;
    }

    public String reviewer() {
        return reviewer;
    }

    public Map<String, Integer> scores() {
        Map<String, Integer> byCriterion = new LinkedHashMap<>();
        for (String line : scores.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                byCriterion.put(line.substring(0, eq), Integer.valueOf(line.substring(eq + 1)));
            }
        }
        return byCriterion;
    }

    public BigDecimal weighted() {
        return weighted;
    }

    public String comment() {
        return comment;
    }

    public Instant submittedAt() {
        return submittedAt;
    }
}
