extension Scaffold {
    /// A GitHub Actions workflow: install Swift, libcmark and `lessons`, then
    /// build the course (every cell runs) and, when `Site/` is committed, check it.
    var workflow: String {
        let source = toolSource.isEmpty ? "\"\"   # the git URL of the lessons tool: fill it in" : "\(toolSource)"
        let build = commitsSite
            ? """
                    - name: Check that Site/ is what the lessons build
                      run: lessons build --check
              """
            : """
                    - name: Build the site (every cell runs)
                      run: lessons build
                    - name: Keep the site
                      uses: actions/upload-artifact@v4
                      with:
                        name: site
                        path: Site/
              """
        return """
            name: lessons
            on: [push, pull_request]

            env:
              LESSONS_SOURCE: \(source)

            jobs:
              build:
                runs-on: ubuntu-latest
                container: swift:6.3
                steps:
                  - uses: actions/checkout@v4
                  - name: Install lessons
                    run: |
                      test -n "$LESSONS_SOURCE" || { echo "set LESSONS_SOURCE in this file to the git URL of the lessons tool"; exit 1; }
                      apt-get update && apt-get install -y libcmark-dev pkg-config bubblewrap make git
                      git clone --depth 1 "$LESSONS_SOURCE" /tmp/lessons-tool
                      make -C /tmp/lessons-tool install PREFIX=/usr/local
                  - uses: actions/cache@v4
                    with:
                      path: .lessons-cache
                      key: lessons-${{ hashFiles('Lessons/**') }}
                      restore-keys: lessons-
            \(build)

            """
    }
}
