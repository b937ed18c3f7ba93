package org.newsline.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Method;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses a request to the API that carries a query parameter its handler does not take ({@code GET
 * /api/v1/articles?q=storm} on an endpoint without {@code q}): silently ignoring it answers a
 * different question than the one asked. The parameters a handler takes are its {@code
 * RequestParam}s; a handler that takes a map of all parameters takes any.
 */
final class UnknownParameters implements HandlerInterceptor {

  /** Every parameter is taken. */
  private static final Set<String> ANY = Collections.unmodifiableSet(new TreeSet<>());

  private final ParameterNameDiscoverer names = new DefaultParameterNameDiscoverer();
  private final Map<Method, Set<String>> taken = new ConcurrentHashMap<>();

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (!(handler instanceof HandlerMethod method) || request.getQueryString() == null) {
      return true;
    }
    Set<String> accepted = taken.computeIfAbsent(method.getMethod(), m -> accepted(method));
    if (accepted == ANY) {
      return true;
    }
    for (String name : Collections.list(request.getParameterNames())) {
      if (!accepted.contains(name) && isInQuery(request, name)) {
        throw new UnknownParameterException(name, accepted);
      }
    }
    return true;
  }

  private Set<String> accepted(HandlerMethod method) {
    Set<String> accepted = new TreeSet<>();
    for (MethodParameter parameter : method.getMethodParameters()) {
      RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
      if (param == null) {
        continue;
      }
      if (Map.class.isAssignableFrom(parameter.getParameterType())) {
        return ANY;
      }
      String name = param.name();
      if (name.isEmpty()) {
        parameter.initParameterNameDiscovery(names);
        name = parameter.getParameterName();
      }
      if (name == null) {
        // Compiled without -parameters: the names cannot be known, so nothing is refused.
        return ANY;
      }
      accepted.add(name);
    }
    return Collections.unmodifiableSet(accepted);
  }

  /** Form fields of a POST body are parameters too, but not the caller's query. */
  private static boolean isInQuery(HttpServletRequest request, String name) {
    for (String pair : request.getQueryString().split("&")) {
      int eq = pair.indexOf('=');
      String raw = eq < 0 ? pair : pair.substring(0, eq);
      try {
        if (URLDecoder.decode(raw, StandardCharsets.UTF_8).equals(name)) {
          return true;
        }
      } catch (IllegalArgumentException malformed) {
        return true;
      }
    }
    return false;
  }
}
