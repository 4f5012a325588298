package com.shopperspectrum.web;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Refuses, at the Jetty level in front of both the hot path and the app, every request whose {@code Host} is not
 * one of the {@link AllowedHosts}: 421 Misdirected Request, as JSON {@code {status, error, detail}} on every path
 * (a refused name gets no page: nothing of the model is shown to it).
 */
final class HostGuard extends Handler.Wrapper {
    private final AllowedHosts hosts;

    HostGuard(AllowedHosts hosts, Handler next) {
        super(next);
        this.hosts = hosts;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String host = request.getHeaders().get(HttpHeader.HOST);
        if (hosts.allows(host)) {
            return super.handle(request, response, callback);
        }
        JettyErrors.json(
                response,
                callback,
                421,
                "this server does not answer to the host '" + Params.clip(host) + "' (it answers to " + hosts
                        + "; start serve with --allowed-hosts to add a name)");
        return true;
    }
}
