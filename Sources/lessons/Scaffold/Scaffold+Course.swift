extension Scaffold {
    static let courseText = #"""
---
title: My Course
summary: What the course teaches, in one line.
---
# My Course

This page introduces the course: it appears above the list of lessons on the
course's front page. Edit `Lessons/course.md` to change it, and add lessons as
`Lessons/02-….md`, `Lessons/03-….md`, ….

"""#

    static let firstLessonText = #"""
---
title: A First Lesson
summary: Prose, math, live Swift cells, a table, a plot and an exercise.
order: 1
---
# A First Lesson

A lesson is Markdown. Its fenced `swift` blocks are **cells**: `lessons build`
runs them, in order, as one program, and the page shows each cell's code with
what it printed, its tables and plots, and the value of its last expression.

## Math

Write TeX between dollar signs: a classifier predicts positive when its score
passes a threshold, $\hat y = \mathbb{1}[s > t]$, and precision is the share of
its positive predictions that are right:

$$
\mathrm{precision} = \frac{\mathrm{TP}}{\mathrm{TP} + \mathrm{FP}}
$$

## A cell and its value

```swift
let labels: [Double] = [1, 0, 1, 0, 0]
let scores: [Double] = [0.9, 0.2, 0.6, 0.4, 0.7]
print("five samples, \(Int(labels.reduce(0, +))) of them positive")
precision(labels: labels, scores: scores, threshold: 0.5)
```

The last line's value is shown under the cell. Every cell of the lesson sees
what earlier cells declared. Metrics take the truth first, then what the model
gave, and say which is which: `labels:` then `scores:`.

## A table

```swift
var table = Table(columns: ["threshold", "precision", "recall"])
for t in [0.3, 0.5, 0.65, 0.8] {
    let p = precision(labels: labels, scores: scores, threshold: t)
    let r = recall(labels: labels, scores: scores, threshold: t)
    table.append([t, p, r])
}
show(table)
```

::: tip Callouts
Set a remark apart with `::: note`, `::: tip`, `::: important`, `::: warning`
or `::: caution`, closed by `:::`.
:::

## A plot: the metric and its surrogate

Precision only changes when a score crosses the threshold, so its derivative
is zero almost everywhere. Soft precision counts each sample by its score and
moves smoothly. Move the third sample's score from 0 to 1:

```swift
//| echo: false
show(sweep(.precision, labels: labels, scores: scores, sample: 2, over: 0...1))
```

The option line `//| echo: false` hides a cell's code and keeps its output.

::: exercise Raise the threshold
What is the precision at threshold 0.8, and why does it not fall below 1?

::: solution
Only the sample scored 0.9 passes 0.8, and it is a positive, so every positive
prediction is right:

```swift
precision(labels: labels, scores: scores, threshold: 0.8)
```
:::

"""#
}
