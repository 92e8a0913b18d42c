import Hummingbird

/// The style sheet and script, compiled into the binary (`Resources/`); only these names are
/// served, so no request reaches the file system.
enum StaticAssets {
    static let types = ["css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8", "json": "application/json"]
    static let served: Set<String> = ["style.css", "app.js"]

    static func file(_ name: String) -> String? { EmbeddedResources.files[name] }

    static func add(to router: Router<BasicRequestContext>) {
        router.get("/static/:name") { _, context in
            guard let name = context.parameters.get("name"), served.contains(name), let text = file(name),
                  let type = name.split(separator: ".").last.flatMap({ types[String($0)] }) else {
                throw Problem.notFound("no such file")
            }
            return Responses.text(text, type: type, cache: "public, max-age=3600")
        }
        router.get("/favicon.ico") { _, _ in Response(status: .noContent) }
    }
}
