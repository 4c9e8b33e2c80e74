"""The rules of the product, in plain Python: no Qt, no database, a clock passed in where time matters."""
