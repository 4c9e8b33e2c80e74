"""The guided player and its parts."""
