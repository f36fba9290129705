//go:build js && wasm

package main

import (
	"fmt"
	"sort"
	"strings"
	"syscall/js"
)

// This file times the steps of a long article's way from the paste to the view, for tests,
// benchmarks and curious people: each side (the worker, the page) notes when each step ended, on
// one clock that both share (performance.timeOrigin + performance.now(), in milliseconds), and the
// page writes them, from the paste on, into the detail of its 'annotator-drawn' mark.

// stamps are the ends of the steps of one run, on the shared clock.
type stamps struct {
	names []string
	at    []float64
}

// clock is the time, in milliseconds, on the clock that the page and its worker share.
func clock() float64 {
	perf := js.Global().Get("performance")
	return perf.Get("timeOrigin").Float() + perf.Call("now").Float()
}

// note records that the step name ended now.
func (s *stamps) note(name string) {
	s.names = append(s.names, name)
	s.at = append(s.at, clock())
}

// js gives the stamps as a JS array [name, at, name, at, …], for a message.
func (s *stamps) js() []any {
	out := make([]any, 0, 2*len(s.names))
	for i, n := range s.names {
		out = append(out, n, s.at[i])
	}
	return out
}

// addJS appends the stamps a message carried (as js made them).
func (s *stamps) addJS(v js.Value) {
	if v.Type() != js.TypeObject {
		return
	}
	for i := 0; i+1 < v.Length(); i += 2 {
		s.names = append(s.names, v.Index(i).String())
		s.at = append(s.at, v.Index(i+1).Float())
	}
}

// String says how long each step took, in time order from the first stamp on: "name 12, …" in
// milliseconds, each since the step before it.
func (s *stamps) String() string {
	order := make([]int, len(s.names))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return s.at[order[a]] < s.at[order[b]] })
	var b strings.Builder
	for k := 1; k < len(order); k++ {
		if k > 1 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%s %.0f", s.names[order[k]], s.at[order[k]]-s.at[order[k-1]])
	}
	return b.String()
}
