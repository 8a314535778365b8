/** The ownership annotations that Custody's checker reads. They have no run-time behaviour. */
module dev.custody.annotations {
  exports dev.custody;
}
