package hms.audit.boundary;

import hms.access.boundary.AccessDenied;
import hms.access.boundary.Guarded;
import hms.access.boundary.Subject;
import hms.access.entity.Identified;
import hms.access.entity.Rule;
import hms.audit.control.AuditTrail;
import hms.auth.boundary.Caller;
import hms.tenancy.entity.TenantId;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Applies a {@link Guarded} use case's rule: checks the caller first, audits a success inside the
 * use case's transaction (this interceptor runs inside {@code @Transactional}'s) and a refusal,
 * from the check or from a refinement inside, in a transaction of its own. Rules of the platform
 * record a success in the hospital they changed and a refusal in the server log: there is no
 * hospital in such a request.
 */
@Guarded(Rule.SIGN_IN) // any rule: the binding's member is not binding
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class Guard {
  private static final Logger LOG = Logger.getLogger(Guard.class.getName());
  private static final String PLATFORM_ROLE = "PLATFORM_ADMIN";

  /** A use case's rule and which parameter names its subject, found once per method. */
  private record Plan(Rule rule, int subjectIndex) {
    static Plan of(Method method) {
      Guarded guarded = method.getAnnotation(Guarded.class);
      if (guarded == null) {
        guarded = method.getDeclaringClass().getAnnotation(Guarded.class);
      }
      var parameters = method.getParameters();
      for (int i = 0; i < parameters.length; i++) {
        if (parameters[i].isAnnotationPresent(Subject.class)) {
          return new Plan(guarded.value(), i);
        }
      }
      return new Plan(guarded.value(), -1);
    }

    String subject(Object[] arguments, Object result) {
      if (subjectIndex >= 0) {
        Object given = arguments[subjectIndex];
        return given == null ? null : given.toString();
      }
      return result instanceof Identified created ? created.auditId() : null;
    }
  }

  private static final Map<Method, Plan> PLANS = new ConcurrentHashMap<>();

  private final Permissions permissions;
  private final AuditTrail audit;
  private final RequestOrigin origin;
  private final Caller caller;

  @Inject
  public Guard(Permissions permissions, AuditTrail audit, RequestOrigin origin, Caller caller) {
    this.permissions = permissions;
    this.audit = audit;
    this.origin = origin;
    this.caller = caller;
  }

  @AroundInvoke
  public Object guard(InvocationContext call) throws Exception {
    Plan plan = PLANS.computeIfAbsent(call.getMethod(), Plan::of);
    Rule rule = plan.rule();
    try {
      permissions.require(rule);
      Object result = call.proceed();
      if (rule.audited() != null) {
        succeeded(rule, plan.subject(call.getParameters(), result));
      }
      return result;
    } catch (AccessDenied denied) {
      if (denied.auditOnce()) {
        refused(rule, plan.subject(call.getParameters(), null));
      }
      throw denied;
    }
  }

  private void succeeded(Rule rule, String subject) {
    if (rule.who().kind() == Rule.Who.Kind.PLATFORM_ADMINS) {
      // The hospital's own trail: the hospital is the resource (its id is no resource id there).
      TenantId hospital = TenantId.parse(subject).orElseThrow();
      audit.successIn(
          hospital, platformActor(), new AuditTrail.Act(rule.audited(), rule.resource(), null));
    } else {
      audit.success(
          audit.member(origin.requestId(), origin.clientIp()),
          new AuditTrail.Act(rule.audited(), rule.resource(), subject));
    }
  }

  private void refused(Rule rule, String subject) {
    switch (rule.who().kind()) {
      case MEMBERS ->
          audit.denied(
              audit.member(origin.requestId(), origin.clientIp()),
              new AuditTrail.Act(rule.attempted(), rule.resource(), subject));
      default ->
          LOG.warning(
              () ->
                  "Refused "
                      + rule
                      + " to "
                      + caller.sub()
                      + " (request "
                      + origin.requestId()
                      + ")");
    }
  }

  private AuditTrail.Actor platformActor() {
    return new AuditTrail.Actor(caller.sub(), PLATFORM_ROLE, origin.requestId(), origin.clientIp());
  }
}
