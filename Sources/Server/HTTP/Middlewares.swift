import Foundation
import HTTPTypes
import Hummingbird

/// One line per request on standard error: time, method, path, status, milliseconds.
struct RequestLogMiddleware<Context: RequestContext>: RouterMiddleware {
    let log: @Sendable (String) -> Void

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        let response: Response
        do {
            response = try await next(request, context)
        } catch {
            line(request, status: (error as? any HTTPResponseError)?.status.code ?? 500, since: start)
            throw error
        }
        line(request, status: response.status.code, since: start)
        return response
    }

    private func line(_ request: Request, status: Int, since start: ContinuousClock.Instant) {
        let elapsed = ContinuousClock.now - start
        let ms = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        // The target is printed with control and non-ASCII bytes replaced, so a request cannot
        // forge log lines.
        let target = String(request.uri.string.prefix(300).unicodeScalars.map { $0.value >= 0x20 && $0.value < 0x7F ? Character($0) : "?" })
        log("\(ISO8601DateFormatter().string(from: Date())) \(request.method.rawValue) \(target) \(status) \(String(format: "%.1f", ms)) ms")
    }
}

/// Problems (and the router's own errors) as responses: problem+json under /api/, an HTML
/// page elsewhere; every response carries a strict content security policy.
struct ProblemMiddleware<Context: RequestContext>: RouterMiddleware {
    let maxTargetBytes: Int
    let maxBodyBytes: Int

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            if request.uri.string.utf8.count > maxTargetBytes {
                throw Problem(status: 414, title: "URI Too Long", detail: "request targets are limited to \(maxTargetBytes) bytes")
            }
            if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > maxBodyBytes {
                throw Problem(status: 413, title: "Content Too Large", detail: "request bodies are limited to \(maxBodyBytes) bytes")
            }
            guard request.method == .get || request.method == .head else {
                throw Problem(status: 405, title: "Method Not Allowed", detail: "this server only answers GET and HEAD")
            }
            response = try await next(request, context)
        } catch let problem as Problem {
            response = Self.response(problem, request)
        } catch let error as any HTTPResponseError {
            let status = error.status.code
            let problem = status == 404
                ? Problem.notFound("nothing at \(request.uri.path)")
                : Problem(status: status, title: error.status.reasonPhrase, detail: error.status.reasonPhrase)
            response = Self.response(problem, request)
        } catch {
            response = Self.response(Problem(status: 500, title: "Internal Server Error", detail: "the request could not be answered: \(error)"), request)
        }
        response.headers[.contentSecurityPolicy] = "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        return response
    }

    static func response(_ problem: Problem, _ request: Request) -> Response {
        let status = HTTPResponse.Status(code: problem.status, reasonPhrase: problem.title)
        if request.uri.path.hasPrefix("/api/") {
            return Responses.text(problem.json(instance: request.uri.path), type: "application/problem+json", status: status)
        }
        return Responses.text(ErrorPage.render(problem), type: "text/html; charset=utf-8", status: status)
    }
}

/// Response helpers.
enum Responses {
    static func text(_ body: String, type: String, status: HTTPResponse.Status = .ok, cache: String = "no-cache") -> Response {
        Response(status: status, headers: [.contentType: type, .cacheControl: cache], body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
    }

    static func html(_ body: String) -> Response { text(body, type: "text/html; charset=utf-8") }
    static func json(_ body: String) -> Response { text(body, type: "application/json") }
}

/// HEAD answered as GET without the body (the router only knows GET routes).
struct HeadAsGet<Inner: HTTPResponder>: HTTPResponder {
    let inner: Inner

    func respond(to request: Request, context: Inner.Context) async throws -> Response {
        guard request.method == .head else { return try await inner.respond(to: request, context: context) }
        var head = request.head
        head.method = .get
        var response = try await inner.respond(to: Request(head: head, body: request.body), context: context)
        response.body = ResponseBody()
        return response
    }
}
