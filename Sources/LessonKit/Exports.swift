// What a cell sees after `import LessonKit`: the course's modules, and
// Foundation for `sqrt`, `exp` and formatting.
@_exported import Autodiff
@_exported import Figures
@_exported import Foundation
@_exported import Metrics
