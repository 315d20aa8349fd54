//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package graph

import (
	"errors"
	"os"
	"syscall"
	"time"
)

// lockShared takes a shared advisory lock on f, as a Bolt reader does,
// waiting up to timeout for a writer to let go; it returns errTimeout
// when the writer does not.
func lockShared(f *os.File, timeout time.Duration) error {
	start := time.Now()
	for {
		err := syscall.Flock(int(f.Fd()), syscall.LOCK_SH|syscall.LOCK_NB)
		if err == nil || !errors.Is(err, syscall.EWOULDBLOCK) {
			return err
		}
		if time.Since(start) > timeout {
			return errTimeout
		}
		time.Sleep(50 * time.Millisecond)
	}
}
