//go:build !unix

package benchtext

// CPUSeconds is the CPU time the process has used so far; 0 here, where it is not known.
func CPUSeconds() float64 { return 0 }
