### The forum's own sentences: why a rule refuses something, what a field
### needs, what the forum tells a member it did. Written by the core, in the
### language of the member who asked.
