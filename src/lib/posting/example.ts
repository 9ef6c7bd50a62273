// The posting the reader offers to try ("Try an example posting"): invented, written for the guide, and built
// to show every part of the result: requirements and pluses, a level, years that do not fit it, and a pay range.
// tests/unit/lib/posting/read-posting.test.ts checks that it still does once the skills' phrases change.
export const EXAMPLE_POSTING = `Senior AI Engineer, Support Assistant
Tidewater Software · Remote (US)

Tidewater makes scheduling software for clinics. We are adding an assistant that answers patients' questions from each clinic's own documents.

What you'll do
- Build the retrieval pipeline behind the assistant: chunking, embeddings and a vector database.
- Write the prompts, and keep them under version control.
- Set up evals that score every change against real questions before it ships.
- Watch latency and cost per conversation, and add tracing to every model call.

Requirements
- 3+ years of software engineering, with strong Python.
- You have shipped a feature on an LLM API to real users.
- Experience with error handling, retries and timeouts around third-party services.

Nice to have
- Experience with LangChain or LlamaIndex.
- Some exposure to fine-tuning.

Base salary: $180,000 - $220,000, plus equity.`;
