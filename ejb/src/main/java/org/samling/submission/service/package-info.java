/** Saving, submitting and withdrawing abstracts, the rules they must meet, and who may do what. */
package org.samling.submission.service;
