"""Decisions -> LetterSpec, one module per addressee, mirroring templates/: citizen, officer,
unit; the facts and dates they share in `facts`. Rendering and queueing are service.letter_queue."""
