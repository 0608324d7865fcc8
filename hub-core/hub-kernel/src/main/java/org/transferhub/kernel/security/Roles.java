package org.transferhub.kernel.security;

/** The roles of a region. A token carries them in its {@code groups} claim, scoped to its {@code region}. */
public final class Roles {

    /** 运营方: runs the region's hub, its programmes and budgets. */
    public static final String OPERATOR = "operator";
    /** An SME or a citizen holding vouchers and licences. */
    public static final String HOLDER = "holder";
    /** 服务机构: a registered service provider. */
    public static final String PROVIDER = "provider";
    /** Reviews proof-of-concept projects. */
    public static final String REVIEWER = "reviewer";
    /** 技术经理人: a certified technology manager. */
    public static final String MANAGER = "manager";
    /** Another plugin of the region calling on its own behalf (registration, background jobs). */
    public static final String SERVICE = "service";

    private Roles() {}
}
