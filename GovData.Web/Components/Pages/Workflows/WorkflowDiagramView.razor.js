// Loads the vendored Mermaid once and draws a diagram into an element.
let loading;
let counter = 0;

function loadMermaid() {
    if (window.mermaid) {
        return Promise.resolve(window.mermaid);
    }

    loading ??= new Promise((resolve, reject) => {
        const script = document.createElement('script');
        script.src = '/lib/mermaid/mermaid.min.js';
        script.onload = () => {
            // More room between states and ranks: the arrows of a state with several exits do not run over each other.
            window.mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'neutral', state: { nodeSpacing: 70, rankSpacing: 70 } });
            resolve(window.mermaid);
        };
        script.onerror = reject;
        document.head.appendChild(script);
    });
    return loading;
}

export async function render(element, text) {
    const mermaid = await loadMermaid();
    counter += 1;
    const { svg } = await mermaid.render('workflow-diagram-' + counter, text);
    element.innerHTML = svg;
}
